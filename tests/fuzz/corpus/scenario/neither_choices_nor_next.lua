-- expect: error 7: scene 'a' has neither 'choices' nor 'next'
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn." }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
