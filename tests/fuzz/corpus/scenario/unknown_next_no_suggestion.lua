-- expect: error 7: scene 'a' leads to 'moete', which does not exist; declare a scene or an ending with that id
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", next = "moete" }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
