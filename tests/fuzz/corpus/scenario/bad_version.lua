-- expect: error 2: 'version' of scenario 'feil' must be 1 or more
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  version = 0, start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
