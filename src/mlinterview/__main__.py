from mlinterview.cli.client import main

main()
