-- expect: error 7: the id 'Møte' of scene may use only a-z, 0-9 and '_'
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "Møte", text = "Ida kommer inn.", next = "slutt" }
scene { id = "a", text = "Hei.", next = "Møte" }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
