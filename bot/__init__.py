"""interview-bot: answers questions with verbatim insights from published interviews."""
