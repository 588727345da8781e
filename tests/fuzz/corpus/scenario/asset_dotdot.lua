-- expect: error 7: image '../demo/venterom.png' must be a path inside the folder
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", image = "../demo/venterom.png", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
