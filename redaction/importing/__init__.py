"""`build.py import`: bring minutes in from Word (.docx), web pages (.html) and text files.

The steps, in order (run.py keeps them as a short named list):

1. inputs.py      — expand FILE arguments: folders and wildcard patterns (Windows shells do not)
2. readers        — docx_reader.py / html_reader.py / text_reader.py turn one file into a Draft:
                    blocks of text spans, each span perhaps under a Mark (a validated tag head);
                    docx_traps.py refuses Word's hiding places, docx_marks.py reads comments
3. header.py      — the meeting header (table or label lines) becomes front matter;
                    jdates.py reads 和暦 dates and Japanese clock times
4. markdown.py    — the body blocks become Markdown with [[…]] tags and ::: redact blocks
5. writer.py      — every source is checked as `build.py check` would, then written to
                    <content>/<council>/<fiscal year>/<date>.md, never overwriting; nothing is
                    written when any input has a problem

Every problem is an `redaction.errors.Problem` naming the file and the paragraph or cell.
"""
