-- expect: error 7: scene 'a' has an empty 'choices' list
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {} }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
