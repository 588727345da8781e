-- expect: error 7: choice 1 of scene 'a' sets 'tillit', which is not declared
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", set = { tillit = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
