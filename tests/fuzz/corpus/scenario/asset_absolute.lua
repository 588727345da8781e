-- expect: error 7: portrait '/etc/passwd' must be a path inside the folder
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

character { id = "ida", name = "Ida (16)", portrait = "/etc/passwd" }
scene { id = "a", text = "ida: Hei.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
