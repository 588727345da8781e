-- expect: error 10: in the text of ending 'slutt': a '{' is never closed
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", next = "slutt" }


ending { id = "slutt", title = "Slutt", text = "Ida {smiler.", outcome = "good" }
