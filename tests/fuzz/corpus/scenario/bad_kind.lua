-- expect: error 7: 'kind' of observation 'fravaer' is 'risc'; use "risk", "protective" or "neutral" (did you mean 'risk'?)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risc", text = "Fravær", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer" }, choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
