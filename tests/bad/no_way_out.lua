-- expect: warning 10: from scene 'b' no ending can be reached
-- expect: warning 11: from scene 'c' no ending can be reached
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } }, start = "a" }
scene { id = "a", text = "Første møte.", choices = {
  { text = "Gå videre", next = "b", feedback = "Du går videre til neste møte." },
  { text = "Avslutt", next = "slutt", feedback = "Du avslutter samtalen her." } } }
-- b and c send the trainee back and forth with no ending in reach
scene { id = "b", text = "Andre møte.", next = "c" }
scene { id = "c", text = "Tredje møte.", next = "b" }
ending { id = "slutt", title = "Slutt", text = "Det går videre.", outcome = "good" }
