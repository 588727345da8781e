-- expect: error 7: scene 'a' has a function as 'next' but no 'targets'
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.",
  next = function(s) return "slutt" end }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
