-- expect: error 7: score 'samtale' of choice 1 of scene 'a' must be a number, not text
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = "2" } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
