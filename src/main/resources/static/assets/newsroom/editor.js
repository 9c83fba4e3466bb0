// The rich-text editor: written in the next change.
