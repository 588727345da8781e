-- expect: error 7: 'weight' of observation 'fravaer' must be greater than 0
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risk", weight = 0, text = "Fravær", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer" }, choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
