/// The build: the site model rendered into the website (issue 5).
enum SiteModule {}
