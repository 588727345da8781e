-- expect: error 2: scenario takes a table: write scenario { key = value, ... }
scenario "feil"
scene { id = "a", text = "Ida kommer inn.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra.", score = { samtale = 1 } } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
