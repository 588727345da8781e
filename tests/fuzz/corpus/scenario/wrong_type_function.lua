-- expect: error 7: 'when' of choice 1 of scene 'a' must be a function, not true/false
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", when = true } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
