enum _PlaceholderContent {}
