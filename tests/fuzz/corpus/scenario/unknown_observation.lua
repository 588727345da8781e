-- expect: error 8: scene 'a' observes 'fravar', which does not exist (did you mean 'fravaer'?)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risk", text = "Fravær", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer", "fravar" }, choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
