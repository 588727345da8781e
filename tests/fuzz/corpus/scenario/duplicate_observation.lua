-- expect: error 8: observation id 'fravaer' is already used by the observation at line 7
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risk", text = "Fravær", explain = "Signal." }
observation { id = "fravaer", kind = "neutral", text = "Fravær igjen", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer" }, choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
