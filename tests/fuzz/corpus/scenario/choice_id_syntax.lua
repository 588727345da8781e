-- expect: error 7: the id 'spør' of choice 1 of scene 'a' may use only a-z, 0-9 and '_'
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { id = "spør", text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
