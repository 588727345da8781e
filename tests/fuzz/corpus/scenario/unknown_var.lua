-- expect: error 7: in the text of scene 'a': unknown variable {tilit}
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  state = { tillit = 0 }, start = "a" }

scene { id = "a", text = "Tillit: {tilit}.", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
