-- expect: error 7: scene 'a' has a value without a key at position 1
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { "Ida kommer inn.", id = "a", text = "Ida kommer inn.", next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
