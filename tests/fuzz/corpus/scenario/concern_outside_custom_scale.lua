-- expect: error 7: 'concern' of scene 'a' is 4, but the concern scale has levels 1 to 3
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  concern_scale = { "Lav", "Middels", "Høy" }, start = "a" }

scene { id = "a", text = "Ida kommer inn.", concern = 4, next = "slutt" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
