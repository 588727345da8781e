-- expect: error 9: ending id 'a' is already used by the scene at line 7
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", next = "slutt" }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
ending { id = "a", title = "Slutt", text = "Ferdig.", outcome = "poor" }
