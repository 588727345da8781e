-- expect: error 8: 'observe' of scene 'a' must be a plain list such as { "a", "b" }, without key = value inside
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risk", text = "Fravær", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { first = "fravaer" }, choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
