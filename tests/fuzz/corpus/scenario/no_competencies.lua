-- expect: error 2: 'competencies' of scenario 'feil' is empty
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { }, start = "a" }

scene { id = "a", text = "Ida kommer inn.", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
