from draftkit.cli import main

main()
