-- expect: error 10: attempt to perform arithmetic on a nil value
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = 1 } } } }
local antall = nil
antall = antall + 1
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
