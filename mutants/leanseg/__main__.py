from leanseg.cli import main

main()
