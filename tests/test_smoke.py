from bot.cli import main


def test_cli_runs() -> None:
    assert main([]) == 0
