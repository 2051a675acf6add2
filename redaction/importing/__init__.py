"""`build.py import`: bring minutes in from Word (.docx), web pages (.html) and text files.

The steps, in order (run.py keeps them; command.py is the command line's glue):

1. inputs.py       — FILE arguments → files: folders and wildcard patterns (Windows shells do not expand)
2. read            — docx_reader.py / html_reader.py / text_reader.py: one file → model.Draft, blocks
                     of text spans, each span perhaps under a Mark (a validated tag head, marks.py).
                     Word: docx_traps.py refuses its hiding places, docx_styles.py resolves formatting,
                     docx_marks.py reads comments, docx_places.py names paragraphs and cells
3. compose.py      — header_find.py finds the meeting header (a label table or label lines, labels.py),
                     header.py makes it front matter (dates and times by jdates.py), markdown.py makes
                     the body Markdown with [[…]] tags and ::: redact blocks
4. writer.py       — every source is read back as `build.py check` reads it, then all are written to
                     <content>/<council>/<fiscal year>/<date>.md, never overwriting; nothing is written
                     when any input has a problem

Every problem is a `redaction.core.errors.Problem` naming the file and the paragraph or cell.
"""
