-- expect: error 7: scene is missing the required key 'id': add id = ...
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { text = "Ida kommer inn.", next = "slutt" }
scene { id = "a", text = "Hei.", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
