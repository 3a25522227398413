from mlinterview.cli.app import main

main()
