// The pages go into a scatterlist and are put through sg_page() later:
// a mixed release path, as vhost-scsi has.
// report: get_user_pages_fast() in map_sg(): leave: the pages go into a scatterlist
static int map_sg(struct scatterlist *sg, unsigned long addr, int n,
		  struct page **pages)
{
	int i;

	if (get_user_pages_fast(addr, n, 0, pages) != n)
		return -EFAULT;
	for (i = 0; i < n; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return 0;
}

static void put_sg(struct scatterlist *sg, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(sg_page(&sg[i]));
}
