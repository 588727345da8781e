-- expect: error 7: 'targets' of scene 'a' names 'slutt2', which does not exist (did you mean 'slutt'?)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", targets = { "slutt", "slutt2" },
  next = function(s) return "slutt" end }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
