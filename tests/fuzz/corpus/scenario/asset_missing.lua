-- expect: error 7: image 'venterom.png' is not found: put the file at 
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", image = "venterom.png", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
