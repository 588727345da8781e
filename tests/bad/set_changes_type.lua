-- expect: warning 7: choice 1 of scene 'a' sets 'navn' to another kind of value
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } }, start = "a",
  state = { navn = "Ida" } }
-- navn starts as text and is set to a number
scene { id = "a", text = "Hei, {navn}.", choices = {
  { text = "Gå videre", next = "slutt", set = { navn = 3 }, feedback = "Ok." } } }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
