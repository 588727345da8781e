-- expect: error 7: choice 2 of scene 'a' has the same id 'spor' as choice 1
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { id = "spor", text = "Spør", next = "slutt", feedback = "Bra." },
  { id = "spor", text = "Spør igjen", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
