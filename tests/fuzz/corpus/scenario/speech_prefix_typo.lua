-- expect: warning 8: in the text of scene 'a': a paragraph starts with 'idda:', but there is no character 'idda' (did you mean 'ida'?)
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } },
  start = "a" }

character { id = "ida", name = "Ida (16)" }
scene { id = "a", text = "idda: Hei.", choices = {
  { text = "Spør", next = "slutt", feedback = "Bra." } } }

ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
