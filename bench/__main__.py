"""Run every benchmark and print its table."""

from bench import plugin_load


def main() -> None:
    plugin_load.main()


main()
