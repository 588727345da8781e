-- expect: error 8: character id 'ida' is already used by the character at line 7
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

character { id = "ida", name = "Ida (16)" }
character { id = "ida", name = "Ida (17)" }
scene { id = "a", text = "ida: Hei.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
