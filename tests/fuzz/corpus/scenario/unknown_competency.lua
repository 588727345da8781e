-- expect: error 7: choice 1 of scene 'a' scores competency 'samtal', which does not exist (did you mean 'samtale'?)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtal = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
