-- expect: error 7: item 2 of 'observe' in scene 'a' must be text in quotes
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", observe = { "fravaer", 42 }, next = "slutt" }
observation { id = "fravaer", kind = "risk", text = "Fravær", explain = "Signal." }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
