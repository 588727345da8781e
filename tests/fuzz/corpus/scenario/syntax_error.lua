-- expect: error 8: '}' expected (to close '{' at line 7) near 'ending'
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", next = "slutt"
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
