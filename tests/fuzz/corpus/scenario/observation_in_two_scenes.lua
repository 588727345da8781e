-- expect: error 10: observation 'fravaer' is already listed by scene 'a' (line 8)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

observation { id = "fravaer", kind = "risk", text = "Fravær", explain = "Signal." }
scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer" }, next = "b" }

scene { id = "b", text = "Ida sitter.", observe = { "fravaer" }, next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
