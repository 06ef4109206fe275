enum _PlaceholderTemplates {}
