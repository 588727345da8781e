-- expect: error 1: the file has no scenario { ... }
scene { id = "a", text = "Ida kommer inn.", next = "slutt" }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
